/**
 * `npm run bench:provider [-- N]`: the provider's own CPU time per refreshed resource, without Pulumi's engine,
 * gRPC or the appliance: N services (1000 unless asked) on an emulator in this process, read once together (the
 * list GET), then, seven times, every read again (answered from that list) and the diff the engine asks for
 * after each read. Prints the median and the spread of the rounds' CPU time (`process.cpuUsage`). A benchmark,
 * not a test: it reports what it measured and asserts nothing.
 */
import { ApiSession } from "../test/helpers/api-session";
import { providerBlob, withProvider } from "../test/provider/harness";

const count = Number(process.argv[2] ?? 1000);
const rounds = 7;

/** What a refresh hands to `read` for the benchmark's plain service `index`: its state. */
function stateOf(index: number): Record<string, unknown> {
    return {
        name: `svc-${index}`,
        type: "HTTP",
        ipAddress: `10.1.${Math.floor(index / 250)}.${(index % 250) + 1}`,
        port: 80,
        __inputNames: ["name", "type", "ipAddress", "port"],
        __provider: providerBlob,
    };
}

async function main(): Promise<void> {
    await withProvider(async (harness) => {
        const session = await ApiSession.open(harness.emulator);
        const indexes = Array.from({ length: count }, (_, index) => index);
        for (const index of indexes) {
            const { name, ipAddress, port, type } = stateOf(index);
            await session.post("/services", { name, "ip-address": ipAddress, port, type });
        }
        const readAll = () =>
            Promise.all(
                indexes.map((index) => harness.handlers.service.read(`svc-${index}`, stateOf(index))),
            );
        await readAll();
        const milliseconds: number[] = [];
        for (let round = 0; round < rounds; round++) {
            const before = process.cpuUsage();
            const reads = await readAll();
            for (const index of indexes) {
                const { __inputNames: _recorded, ...inputs } = stateOf(index);
                await harness.handlers.service.diff(`svc-${index}`, reads[index].props ?? {}, inputs);
            }
            const used = process.cpuUsage(before);
            milliseconds.push((used.user + used.system) / 1000);
        }
        milliseconds.sort((a, b) => a - b);
        const median = milliseconds[Math.floor(rounds / 2)];
        console.log(
            `read + diff of ${count} services: ${median.toFixed(0)} ms of CPU per round, ` +
                `${((median * 1000) / count).toFixed(0)} µs per service (median of ${rounds}; rounds ` +
                `${milliseconds.map((ms) => ms.toFixed(0)).join(", ")} ms)`,
        );
    });
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});
