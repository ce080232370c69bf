/** "+120 words", "−45 words": signs as a reader writes them (a true minus sign, not a hyphen). */
export const plusWords = (n: number): string => `+${n} ${n === 1 ? "word" : "words"}`;
export const minusWords = (n: number): string => `−${n} ${n === 1 ? "word" : "words"}`;
export const sectionsCount = (n: number): string => `${n} ${n === 1 ? "section" : "sections"}`;
