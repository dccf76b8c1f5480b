#!/usr/bin/env node
import * as path from "node:path";

import { BarracudaWafError } from "../../provider/barracuda-waf-error";
import { ApplianceClient } from "../../provider/client/appliance-client";
import { readConnectionSettings } from "../../provider/client/connection-settings";
import { planProgram } from "./program-plan";
import { writeProgram } from "./project-files";
import { isSettings, readAppliance } from "./read-appliance";
import { renderProgram } from "./render-program";
import { readStackConfig } from "./stack-config";

const usage = `Usage: barracudawaf-import --out DIR [--only ID ...] [--stack NAME] [--cwd DIR]

Reads every object of a Barracuda WAF appliance that the provider manages and writes a TypeScript Pulumi
program declaring them, each with adopt: true and only the values that differ from the appliance's defaults.

  --out DIR     where the program goes: a new folder becomes a project (Pulumi.yaml, package.json,
                tsconfig.json, index.ts); a Pulumi project gets appliance.ts beside its program
  --only ID     only this object (a service's name, parent/name for a child, or Kind:ID such as
                Service:shop), what lives in it and what it names; may be repeated
  --stack NAME  log in with this stack's barracudawaf:* config (the pulumi CLI reads it, in --cwd)
  --cwd DIR     the Pulumi project of --stack (default: the current directory)
  --help        this text

Without --stack and --cwd the appliance's address, user and password come from the BARRACUDA_WAF_ADDRESS,
BARRACUDA_WAF_USERNAME and BARRACUDA_WAF_PASSWORD variables. Secrets are never written: each becomes
config.requireSecret(...), and the pulumi config set --secret lines to fill them in are printed.`;

interface Options {
    out?: string;
    only: string[];
    stack?: string;
    cwd?: string;
    help: boolean;
}

function parseArguments(args: readonly string[]): Options {
    const options: Options = { only: [], help: false };
    for (let index = 0; index < args.length; index++) {
        const flag = args[index];
        if (flag === "--help" || flag === "-h") {
            options.help = true;
            continue;
        }
        const value = args[index + 1];
        if (!["--out", "--only", "--stack", "--cwd"].includes(flag)) {
            throw new UsageError(`unknown option ${JSON.stringify(flag)}`);
        }
        if (value === undefined || value.startsWith("--")) {
            throw new UsageError(`${flag} needs a value`);
        }
        index++;
        if (flag === "--only") options.only.push(value);
        else options[flag.slice(2) as "out" | "stack" | "cwd"] = value;
    }
    return options;
}

class UsageError extends Error {}

async function main(): Promise<number> {
    const options = parseArguments(process.argv.slice(2));
    if (options.help) {
        console.log(usage);
        return 0;
    }
    if (options.out === undefined)
        throw new UsageError("--out DIR is required: the folder the program goes to");
    const config =
        options.stack !== undefined || options.cwd !== undefined
            ? await readStackConfig(options.stack, path.resolve(options.cwd ?? "."))
            : { get: () => undefined };
    const settings = readConnectionSettings(config);
    const client = ApplianceClient.for(settings);
    const started = Date.now();
    console.log(`Reading ${settings.address} ...`);
    let settingsObjects = 0;
    const content = await readAppliance(client, (model, count) => {
        if (isSettings(model)) settingsObjects += count;
        else if (count > 0) console.log(`  ${model.name}: ${count}`);
    });
    console.log(`  settings objects: ${settingsObjects}`);
    for (const unread of content.unread) {
        console.log(`  ${unread.model.name}: not read at ${unread.where}: ${unread.reason}`);
    }
    const plan = planProgram(content, options.only);
    const program = renderProgram(plan, settings.address);
    const written = writeProgram(options.out, program.text);
    const failed = plan.resources.filter((r) => r.failure !== undefined).length;
    console.log(
        `Wrote ${written.programFile}: ${plan.resources.length - failed} resources` +
            (failed > 0 ? `, ${failed} as comments (the reason is beside each)` : "") +
            (plan.factoryLeftOut.length > 0
                ? `; left out ${plan.factoryLeftOut.length} unchanged factory objects (listed in a comment)`
                : "") +
            ` (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (written.nextStep) console.log(`Next: ${written.nextStep}`);
    if (program.secrets.length > 0) {
        console.log("The program reads these secrets from config; set each in the stack before `pulumi up`:");
        for (const secret of program.secrets) {
            console.log(`  pulumi config set --secret ${secret.key} <value>   # ${secret.what}`);
        }
    }
    return 0;
}

main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`barracudawaf-import: ${message}`);
        if (error instanceof UsageError) console.error(usage);
        else if (!(error instanceof BarracudaWafError) && !(error instanceof Error)) console.error(error);
        process.exitCode = error instanceof UsageError ? 2 : 1;
    },
);
