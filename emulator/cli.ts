#!/usr/bin/env node
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { startEmulator } from "./index";

const usage = `Usage: barracudawaf-emulator [--port 8000] [--https] [--state FILE] [--username U --password P]
                             [--token-lifetime SECONDS] [--latency MS] [--ca-file FILE] [--samples]
                             [--request-log-limit N]

A local stand-in for the Barracuda WAF management REST API v3.2, on 127.0.0.1.
Credentials default to admin/admin, or BARRACUDA_WAF_EMULATOR_USERNAME / _PASSWORD.
It starts as a factory-fresh appliance; --samples adds the sample vsite 'edge' and certificate 'secure-cert'.
--https serves a self-signed certificate for 127.0.0.1 and localhost; --ca-file FILE writes it, as PEM, for
curl --cacert FILE or barracudawaf:caCertificate. GET /__emulator/ lists the test knobs.`;

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            port: { type: "string", default: "8000" },
            https: { type: "boolean", default: false },
            state: { type: "string" },
            username: { type: "string" },
            password: { type: "string" },
            "token-lifetime": { type: "string" },
            latency: { type: "string" },
            "ca-file": { type: "string" },
            samples: { type: "boolean", default: false },
            "request-log-limit": { type: "string" },
            help: { type: "boolean", default: false },
        },
    });
    if (values.help) {
        console.log(usage);
        return;
    }
    // Over HTTP there is no certificate to write: say so rather than leave the file missing.
    if (values["ca-file"] !== undefined && !values.https) throw new Error("--ca-file needs --https");
    const emulator = await startEmulator({
        port: integerOption("--port", values.port),
        https: values.https,
        stateFile: values.state,
        username: values.username ?? process.env.BARRACUDA_WAF_EMULATOR_USERNAME,
        password: values.password ?? process.env.BARRACUDA_WAF_EMULATOR_PASSWORD,
        tokenLifetimeSeconds: integerOption("--token-lifetime", values["token-lifetime"]),
        latencyMs: integerOption("--latency", values.latency),
        samples: values.samples,
        requestLogLimit: integerOption("--request-log-limit", values["request-log-limit"]),
    });
    if (emulator.caCertificate !== undefined && values["ca-file"] !== undefined) {
        fs.writeFileSync(values["ca-file"], emulator.caCertificate);
    }
    // One write: a reader that waits for "listening on" gets the whole banner with it.
    const banner = [
        `barracudawaf-emulator listening on ${emulator.url}`,
        `  API:         ${emulator.url}/restapi/v3.2`,
        `  username:    ${emulator.username}`,
        `  password:    ${emulator.password}`,
        `  state:       ${values.state ?? "in memory"}`,
        `  knobs:       ${emulator.url}/__emulator/`,
    ];
    if (emulator.caCertificate !== undefined) {
        banner.push(
            `  certificate: self-signed for 127.0.0.1 and localhost${values["ca-file"] ? `, in ${values["ca-file"]}` : ""}`,
        );
    }
    console.log(banner.join("\n"));
    const stop = (): void => {
        emulator.stop().then(
            () => process.exit(0),
            () => process.exit(1),
        );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
}

function integerOption(flag: string, value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value))
        throw new Error(`${flag} needs a non-negative integer, got ${JSON.stringify(value)}`);
    return Number(value);
}

main().catch((error: unknown) => {
    console.error(`barracudawaf-emulator: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
});
