import { execFileSync } from "node:child_process";

interface ProcessEntry {
    readonly pid: number;
    readonly parent: number;
    readonly command: string;
}

/** Every process of this machine as `ps` lists it; none when `ps` is missing. */
function processTable(): ProcessEntry[] {
    let listing: string;
    try {
        listing = execFileSync("ps", ["-A", "-o", "pid=,ppid=,args="], { encoding: "utf8" });
    } catch {
        return [];
    }
    return listing.split("\n").flatMap((line) => {
        const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
        return match ? [{ pid: Number(match[1]), parent: Number(match[2]), command: match[3] }] : [];
    });
}

/**
 * Kills at once (SIGKILL) every process started as `executable` and everything it started (for the Pulumi
 * CLI: its language host, the program and the provider hosts), the executable first so that it cannot record
 * anything after its plugins died. Returns how many processes it killed.
 */
export function killCommand(executable: string): number {
    const table = processTable();
    const doomed = table.filter(
        (entry) => entry.command === executable || entry.command.startsWith(`${executable} `),
    );
    for (let index = 0; index < doomed.length; index++) {
        const children = table.filter(
            (entry) => entry.parent === doomed[index].pid && !doomed.includes(entry),
        );
        doomed.push(...children);
    }
    let killed = 0;
    for (const entry of doomed) {
        try {
            process.kill(entry.pid, "SIGKILL");
            killed++;
        } catch {
            // Already gone.
        }
    }
    return killed;
}
