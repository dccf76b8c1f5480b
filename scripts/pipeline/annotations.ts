/**
 * GitHub Actions workflow commands: a line `::warning title=T::message` on stdout puts the message on the
 * run's summary and the pull request's checks. Elsewhere (GitLab, a terminal) nothing is printed, since the
 * message itself is printed anyway.
 */
export function annotate(level: "warning" | "error", title: string, message: string): void {
    if (process.env.GITHUB_ACTIONS !== "true") return;
    console.log(`::${level} title=${escape(title).replace(/[:,]/g, " ")}::${escape(message)}`);
}

/** The escapes workflow commands need for the data they carry. */
function escape(text: string): string {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
