import type { Context } from "hono";
import type { Locale } from "../../shared/i18n/locales";
import { chooseLocale } from "../i18n/requestLocale";
import type { AppEnv, AuthedEnv } from "./env";

/**
 * The language to answer this request in: its Accept-Language (the app sends the language its interface is in),
 * else the signed-in person's stored choice, else English.
 */
export const requestLocale = <E extends AppEnv | AuthedEnv>(c: Context<E, string, object>): Locale =>
  chooseLocale(c.req.header("accept-language"), (c as unknown as Context<AppEnv>).get("user")?.locale);
