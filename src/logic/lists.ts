// How everything else follows a list of values: one property per item. The schema builds the shape of
// a content part from a list with it (a new item makes content/ need its texts), and logic its defaults.

/** An object with one property per item of `list`, in the list's order. */
export function recordOf<K extends string, V>(list: readonly K[], value: (key: K) => V): Record<K, V> {
  // Object.fromEntries cannot know its keys; every item of `list` is one of them, so the cast holds.
  return Object.fromEntries(list.map((key) => [key, value(key)])) as Record<K, V>;
}
