// Loaded with `--import` into a process the benchmark starts that does not speak its IPC protocol (a real
// `server/main.ts` instance): when the parent goes away, however it ends, the channel closes and the instance
// shuts down as a process manager would stop it (SIGTERM).

process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
