import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

import { allowedValues, settingSpecs } from "../../provider/client/setting-specs";
import { loadSchema, type PackageSchema } from "../../provider/schema/load";
import { tableEnd, tableStart, withConfigurationTable } from "../../scripts/codegen/readme-configuration";
import { repoRoot } from "../../scripts/lib/repo";

/** schema.json with one config variable changed by `edit`. */
function schemaWith(name: string, edit: (variable: Record<string, unknown>) => void): PackageSchema {
    const schema = JSON.parse(JSON.stringify(loadSchema())) as PackageSchema;
    edit((schema.config?.variables as Record<string, Record<string, unknown>>)[name]);
    return schema;
}

/** The files whose text may name a connection setting: sources, scripts and documentation. */
function filesNamingSettings(): string[] {
    const found: string[] = [path.join(repoRoot, "README.md")];
    const walk = (dir: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory() && entry.name !== "pulumi-cli" && entry.name !== "node_modules") {
                walk(full);
            } else if (entry.isFile() && /\.(ts|md)$/.test(entry.name)) {
                found.push(full);
            }
        }
    };
    for (const dir of ["provider", "sdk", "scripts", "docs"]) {
        walk(path.join(repoRoot, dir));
    }
    return found;
}

describe("the connection settings schema.json declares", () => {
    it("give each setting its key, environment variable, default, range and noun", () => {
        const specs = settingSpecs();
        assert.deepEqual(Object.keys(specs), Object.keys(loadSchema().config?.variables ?? {}));
        assert.deepEqual(
            { ...specs.maxRetries, description: undefined },
            {
                name: "maxRetries",
                key: "barracudawaf:maxRetries",
                env: "BARRACUDA_WAF_MAX_RETRIES",
                type: "integer",
                default: 3,
                secret: false,
                required: false,
                title: "the number of retries",
                description: undefined,
                minimum: 0,
                exclusiveMinimum: undefined,
                maximum: 10,
            },
        );
        assert.equal(specs.password.secret, true);
        for (const name of ["address", "username", "password"] as const) {
            assert.equal(specs[name].required, true, name);
        }
        assert.equal(specs.timeoutSeconds.exclusiveMinimum, 0);
        for (const spec of Object.values(specs)) {
            assert.match(
                spec.description,
                /^[A-Z`].{30,}\.$/s,
                `${spec.name} has a full-sentence description`,
            );
            assert.doesNotMatch(
                spec.description,
                /Falls back/,
                "the environment variable is declared, not told",
            );
        }
    });

    it("name the allowed values in the words the configuration errors use", () => {
        const specs = settingSpecs();
        assert.equal(allowedValues(specs.timeoutSeconds), "a number greater than 0 and at most 3600");
        assert.equal(allowedValues(specs.maxRetries), "a whole number from 0 to 10");
        assert.equal(allowedValues(specs.insecure), "true or false");
        assert.equal(allowedValues(specs.address), undefined);
        const atLeast = settingSpecs(
            schemaWith("maxRetries", (v) => delete (v["x-barracudawaf"] as Record<string, unknown>).maximum),
        );
        assert.equal(allowedValues(atLeast.maxRetries), "a whole number at least 0");
    });

    it("are refused when schema.json declares a setting the reader cannot follow", () => {
        const cases: Array<[string, (variable: Record<string, unknown>) => void, RegExp]> = [
            ["address", (v) => delete v.defaultInfo, /"address" needs defaultInfo\.environment/],
            ["maxRetries", (v) => (v.type = "array"), /"maxRetries" has the type "array"/],
            ["timeoutSeconds", (v) => (v.default = "30"), /"timeoutSeconds" has the default "30"/],
            ["insecure", (v) => delete v.default, /"insecure" needs a default/],
            ["password", (v) => (v.default = 1), /"password" has the default 1/],
            [
                "username",
                (v) => ((v["x-barracudawaf"] as Record<string, unknown>).maximum = 5),
                /"username" has x-barracudawaf\.maximum 5/,
            ],
            [
                "caCertificate",
                (v) => delete v["x-barracudawaf"],
                /"caCertificate" needs x-barracudawaf\.title/,
            ],
        ];
        for (const [name, edit, expected] of cases) {
            assert.throws(() => settingSpecs(schemaWith(name, edit)), expected);
        }
        const schema = JSON.parse(JSON.stringify(loadSchema())) as {
            config: { variables: Record<string, unknown> };
        };
        delete schema.config.variables.adoptExisting;
        assert.ok(
            !("adoptExisting" in settingSpecs(schema as unknown as PackageSchema)),
            "the settings are schema.json's variables; setting-values.test.ts holds them against ConnectionSettingValues",
        );
    });

    it("are the only config keys and environment variables the sources and docs name", () => {
        const specs = Object.values(settingSpecs());
        const keys = new Set(specs.map((spec) => spec.key));
        const envs = new Set(specs.map((spec) => spec.env));
        for (const file of filesNamingSettings()) {
            const text = fs.readFileSync(file, "utf8");
            // Resource tokens (barracudawaf:index:Service), names that merely end in the package name
            // (pulumi-barracudawaf:...) and the emulator's and the pipeline kit's own variables are other names.
            for (const [key] of text.matchAll(/(?<![\w-])barracudawaf:[a-z][A-Za-z]*\b(?!:)/g)) {
                assert.ok(
                    keys.has(key),
                    `${path.relative(repoRoot, file)} names ${key}, which schema.json lacks`,
                );
            }
            for (const [env] of text.matchAll(/\bBARRACUDA_WAF_(?!EMULATOR_|PIPELINE_)[A-Z][A-Z_]*\b/g)) {
                assert.ok(
                    envs.has(env),
                    `${path.relative(repoRoot, file)} names ${env}, which schema.json lacks`,
                );
            }
        }
    });
});

describe("README.md's configuration table", () => {
    it("is rendered between its markers and nowhere else", () => {
        const readme = ["# Title", "", tableStart, "stale", tableEnd, "", "after"].join("\n");
        const rendered = withConfigurationTable(readme, loadSchema()).split("\n");
        assert.deepEqual(rendered.slice(0, 3), ["# Title", "", tableStart]);
        assert.deepEqual(rendered.slice(-3), [tableEnd, "", "after"]);
        assert.ok(!rendered.includes("stale"));
        assert.ok(
            rendered.includes(
                "| `barracudawaf:password` | `BARRACUDA_WAF_PASSWORD` | required, secret | The password of " +
                    "`username`. Set it with `pulumi config set --secret`; it is never written to state, logs or " +
                    "error messages. |",
            ),
        );
        assert.ok(rendered.some((line) => line.includes("| a whole number from 0 to 10; default `3` |")));
    });

    it("needs both markers", () => {
        assert.throws(() => withConfigurationTable("# Title\n", loadSchema()), /README\.md needs the lines/);
    });
});
