import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../emulator/index";

/**
 * Starts a fresh emulator (any free port on 127.0.0.1 unless `options.port` says otherwise), runs `fn` with it
 * and always stops it, whether `fn` resolves or throws.
 */
export async function withEmulator<T>(
    fn: (emulator: RunningEmulator) => Promise<T>,
    options?: EmulatorOptions,
): Promise<T> {
    const emulator = await startEmulator(options);
    try {
        return await fn(emulator);
    } finally {
        await emulator.stop();
    }
}
