/*
 * Tells an English prompt from one in a language the built-in reader cannot read, by counting
 * each language's commonest function words. Trigram identifiers (franc) misname short English
 * prompts ("a helpdesk", "hr system") too often to refuse on, while function words are decisive
 * even in a few words ("Patienten mit Name und Telefon").
 */

/** Function words that are not also common English words or English-prompt jargon. */
const STOP_WORDS: Record<string, string[]> = {
  German: ['und', 'mit', 'für', 'fur', 'die', 'der', 'das', 'ein', 'eine', 'einen', 'unsere', 'unser', 'ich', 'wir', 'brauchen', 'haben', 'hat', 'ist', 'sind', 'von', 'zu', 'jeder', 'jede', 'auf', 'nicht', 'oder', 'auch', 'sollen', 'soll', 'möchte', 'bitte', 'zum', 'zur', 'dem', 'den', 'des'],
  Spanish: ['y', 'con', 'para', 'los', 'las', 'el', 'una', 'unos', 'del', 'por', 'que', 'necesito', 'necesitamos', 'cada', 'tiene', 'tienen', 'nuestra', 'nuestro', 'mis', 'sus', 'es', 'son', 'quiero', 'queremos', 'como', 'o'],
  French: ['et', 'avec', 'pour', 'les', 'des', 'une', 'du', 'le', 'la', 'chaque', 'nous', 'je', 'veux', 'voulons', 'avons', 'besoin', 'notre', 'nos', 'est', 'sont', 'ou', 'dans', 'qui', 'aux', 'au', 'gérer', 'gerer'],
  Italian: ['e', 'con', 'per', 'gli', 'il', 'della', 'delle', 'dei', 'una', 'ogni', 'abbiamo', 'bisogno', 'nostro', 'nostra', 'voglio', 'sono', 'che', 'gestire', 'di', 'ha', 'hanno'],
  Portuguese: ['e', 'com', 'para', 'os', 'as', 'uma', 'um', 'do', 'da', 'dos', 'das', 'cada', 'nós', 'preciso', 'precisamos', 'nossa', 'nosso', 'tem', 'têm', 'quero', 'que', 'ou', 'gerenciar'],
  Dutch: ['en', 'met', 'voor', 'het', 'een', 'van', 'onze', 'ons', 'wij', 'hebben', 'heeft', 'ik', 'wil', 'elke', 'elk', 'zijn', 'niet', 'ook', 'beheren'],
};
const ENGLISH = new Set([
  'a', 'an', 'the', 'and', 'with', 'for', 'of', 'to', 'each', 'has', 'have', 'is', 'are', 'we', 'i', 'need', 'our', 'my',
  'their', 'its', 'it', 'that', 'which', 'who', 'in', 'on', 'by', 'or', 'want', 'track', 'manage', 'can', 'should', 'app',
  'belong', 'belongs', 'many', 'every', 'they', 'be', 'from', 'keep', 'list', 'store', 'name', 'date', 'status', 'email',
]);
const NON_LATIN = /[\u0400-\u04ff\u0600-\u06ff\u0590-\u05ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
const SCRIPTS: Array<[RegExp, string]> = [
  [/[\u0400-\u04ff]/, 'Russian or another Cyrillic-script language'],
  [/[\u0600-\u06ff]/, 'Arabic or another Arabic-script language'],
  [/[\u0590-\u05ff]/, 'Hebrew'],
  [/[\u0900-\u097f]/, 'Hindi or another Devanagari-script language'],
  [/[\u3040-\u30ff]/, 'Japanese'],
  [/[\u4e00-\u9fff]/, 'Chinese'],
  [/[\uac00-\ud7af]/, 'Korean'],
];

/** The language the prompt is written in when it is not English, else null. */
export function detectForeignLanguage(text: string): string | null {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (NON_LATIN.test(text) && letters.length > 0) {
    const foreign = [...letters].filter((c) => NON_LATIN.test(c)).length;
    if (foreign / letters.length > 0.5) return SCRIPTS.find(([re]) => re.test(text))?.[1] ?? 'a non-Latin script';
  }
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const english = words.filter((w) => ENGLISH.has(w)).length;
  let best: { language: string; hits: number } | null = null;
  for (const [language, list] of Object.entries(STOP_WORDS)) {
    const set = new Set(list);
    const hits = words.filter((w) => set.has(w)).length;
    if (!best || hits > best.hits) best = { language, hits };
  }
  if (!best || best.hits < 2 || best.hits <= 1.5 * english) return null;
  return best.language;
}
