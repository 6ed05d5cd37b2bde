/**
 * Programming languages that no scanner analyses: their files are read by the URL scanner alone (Hugging Face
 * addresses, as mentions in comments), so a model they load by name (an Ollama tag, a Hub id held in a variable)
 * is not found. (Go, Rust, Swift, Kotlin, Java and C# are read by the `native` scanner.) A scan says how many files of each it met, so that a pass is never an "all clear" for them.
 */
export const UNANALYZED_LANGUAGES: ReadonlyArray<{ language: string; extensions: readonly string[] }> = [
  { language: 'Scala', extensions: ['scala'] },
  { language: 'C/C++', extensions: ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx', 'cu', 'cuh'] },
  { language: 'Ruby', extensions: ['rb'] },
  { language: 'PHP', extensions: ['php'] },
  { language: 'Dart', extensions: ['dart'] },
  { language: 'Lua', extensions: ['lua'] },
  { language: 'R', extensions: ['r'] },
  { language: 'Julia', extensions: ['jl'] },
  { language: 'Zig', extensions: ['zig'] },
  { language: 'Elixir', extensions: ['ex', 'exs'] },
];

const BY_EXTENSION = new Map(UNANALYZED_LANGUAGES.flatMap((l) => l.extensions.map((e) => [e, l.language])));

/** The language of a path that no scanner analyses (by its extension, in any case), or undefined. */
export function unanalyzedLanguage(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  if (dot <= path.lastIndexOf('/') + 1) return undefined; // no extension, or a dot file
  return BY_EXTENSION.get(path.slice(dot + 1).toLowerCase());
}
