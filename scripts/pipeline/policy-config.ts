import * as fs from "node:fs";
import { policyPackConfigVariable, PolicyPackError } from "./policy-pack";

/**
 * The services each rule's config leaves alone (`exemptServices`, the convention of this package's rules), by
 * rule name, from a policy config file as `--policy-pack-config` takes it: rule names at the top, or under
 * `policies` in a file with `"version": 2`. A rule given only an enforcement level lists none.
 *
 * @throws PolicyPackError when the file is not a JSON object.
 */
export function exemptServicesByRule(configFile: string | undefined): Map<string, readonly string[]> {
    const byRule = new Map<string, readonly string[]>();
    if (configFile === undefined) return byRule;
    let file: unknown;
    try {
        file = JSON.parse(fs.readFileSync(configFile, "utf8"));
    } catch (error) {
        throw new PolicyPackError(
            `${policyPackConfigVariable} is ${JSON.stringify(configFile)}, which is not JSON ` +
                `(${error instanceof Error ? error.message : String(error)}): fix the file or unset the variable.`,
        );
    }
    const rules = isRecord(file) && typeof file.version === "number" ? file.policies : file;
    if (!isRecord(rules)) {
        throw new PolicyPackError(
            `${policyPackConfigVariable} is ${JSON.stringify(configFile)}, which holds no object of rules: ` +
                `fix the file or unset the variable.`,
        );
    }
    for (const [rule, config] of Object.entries(rules)) {
        const services = isRecord(config) ? config.exemptServices : undefined;
        if (Array.isArray(services)) {
            byRule.set(
                rule,
                services.filter((service): service is string => typeof service === "string"),
            );
        }
    }
    return byRule;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
