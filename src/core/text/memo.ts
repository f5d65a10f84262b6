/**
 * Answers of a pure function of one string, remembered: the rules read every
 * string of the file on each check, and after one keystroke all but one of a
 * 1,000-line invitation's strings are what they were. Bounded by the characters
 * held (cleared when full), so a huge paste cannot grow it without end.
 * Callers must not change a returned value (it is shared between checks).
 */
export function memoByText<R>(scan: (text: string) => R, maxChars = 4_000_000): (text: string) => R {
  const answers = new Map<string, R>();
  let chars = 0;
  return (text) => {
    if (answers.has(text)) return answers.get(text) as R;
    const answer = scan(text);
    if (chars + text.length > maxChars) {
      answers.clear();
      chars = 0;
    }
    answers.set(text, answer);
    chars += text.length;
    return answer;
  };
}
