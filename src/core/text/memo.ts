/**
 * Answers of a pure function of one string, remembered: the rules read every
 * string of the file on each check, and after one keystroke all but one of a
 * 1,000-line invitation's strings are what they were. Bounded by the characters
 * held (cleared when full), so a huge paste cannot grow it without end.
 * Callers must not change a returned value (it is shared between checks).
 */
export function memoByText<R>(scan: (text: string) => R, maxChars = 4_000_000): (text: string) => R {
  const remember = textCache<R>(maxChars);
  return (text) => remember(text, () => scan(text));
}

/** The same cache for answers that depend on more than one string: `key` must hold everything `compute` reads. */
export function textCache<R>(maxChars = 4_000_000): (key: string, compute: () => R) => R {
  const answers = new Map<string, R>();
  let chars = 0;
  return (key, compute) => {
    if (answers.has(key)) return answers.get(key) as R;
    const answer = compute();
    if (chars + key.length > maxChars) {
      answers.clear();
      chars = 0;
    }
    answers.set(key, answer);
    chars += key.length;
    return answer;
  };
}
