/**
 * Replaces every occurrence of each secret in `text` with `[redacted]`. A secret with line breaks (a session
 * token) is also removed line by line, in case only part of it was echoed. Secrets shorter than 4 characters
 * are ignored, as they would redact ordinary words.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
    let result = text;
    for (const secret of secrets) {
        if (secret === undefined) {
            continue;
        }
        const pieces = [secret, ...secret.split(/\r?\n/)].map((piece) => piece.trim());
        for (const piece of pieces.sort((a, b) => b.length - a.length)) {
            if (piece.length >= 4) {
                result = result.split(piece).join("[redacted]");
            }
        }
    }
    return result;
}
