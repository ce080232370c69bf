/**
 * Sets `key` as the most recent entry of `map`, dropping the oldest once there are more than `maxKeys`: counters
 * kept in memory for every address and account tried must not grow without bound. Dropping the oldest forgets
 * only what was least recently active.
 */
export function setRecent<K, V>(map: Map<K, V>, key: K, value: V, maxKeys: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxKeys) map.delete(map.keys().next().value as K);
}
