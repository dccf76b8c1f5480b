#!/usr/bin/env node
import { policyPackConfigVariable, policyPackVariable } from "./policy-pack";
import { refreshVariable } from "./refresh-choice";
import { stages } from "./stages";

const usage = `Usage: barracudawaf-pipeline <preview|up|drift> [pulumi options, e.g. --stack NAME --cwd DIR]

  preview  pulumi preview --diff, then the policy pack's violations and the exemptions that applied, and the
           replacements it plans (pull requests)
  up       pulumi up --yes with the policy pack (the main branch)
  drift    pulumi refresh --preview-only; fails, naming each resource and property, when the appliance
           no longer matches the state (a schedule)

The policy pack is this package's policy-pack/ when it has one, or the directory in ${policyPackVariable};
${policyPackConfigVariable} names its config file. With ${refreshVariable}=true, preview and up
refresh first (--refresh): up then puts the program's values back over changes made on the appliance. The
appliance's address, user and password come from stack config or the BARRACUDA_WAF_* environment variables;
the pulumi CLI must be on PATH.`;

async function main(): Promise<number> {
    const [name, ...pulumiOptions] = process.argv.slice(2);
    if (name === "--help" || name === "-h") {
        console.log(usage);
        return 0;
    }
    const stage = name !== undefined && Object.hasOwn(stages, name) ? stages[name] : undefined;
    if (stage === undefined) {
        console.error(
            `${name === undefined ? "no stage given" : `unknown stage ${JSON.stringify(name)}`}\n${usage}`,
        );
        return 2;
    }
    return stage(pulumiOptions);
}

main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
        console.error(`barracudawaf-pipeline: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    },
);
