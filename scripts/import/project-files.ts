import * as fs from "node:fs";
import * as path from "node:path";

import { packageRoot } from "../../provider/schema/load";

/**
 * Where the program goes: a new folder becomes a Pulumi project (`Pulumi.yaml`, `package.json`,
 * `tsconfig.json`, the program in `index.ts`); a folder that is one already gets the program as a file of
 * its own (`appliance.ts`), which its `index.ts` imports.
 */

/** The files written, and what the user still has to do to use them. */
export interface WrittenProgram {
    readonly files: readonly string[];
    readonly programFile: string;
    readonly nextStep?: string;
}

/**
 * Writes `program` into `dir`.
 *
 * @throws Error naming the file when the file the program would go to exists already (nothing is overwritten).
 */
export function writeProgram(dir: string, program: string): WrittenProgram {
    const existing = fs.existsSync(path.join(dir, "Pulumi.yaml"));
    const programFile = path.join(dir, existing ? "appliance.ts" : "index.ts");
    if (fs.existsSync(programFile)) {
        throw new Error(
            `${programFile} exists already: give --out a new folder, or move that file away (nothing was written)`,
        );
    }
    fs.mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const write = (name: string, text: string) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, text);
        files.push(file);
    };
    if (!existing) {
        const name = path.basename(path.resolve(dir)).replace(/[^A-Za-z0-9_.-]/g, "-") || "appliance";
        write(
            "Pulumi.yaml",
            `name: ${name}\nruntime: nodejs\nmain: index.ts\ndescription: The Barracuda WAF appliance as code, written by barracudawaf-import.\n`,
        );
        write("package.json", `${JSON.stringify(projectManifest(name), null, 2)}\n`);
        write("tsconfig.json", `${JSON.stringify(compilerSettings, null, 2)}\n`);
    }
    write(path.basename(programFile), program);
    return {
        files,
        programFile,
        ...(existing ? { nextStep: `add \`import "./appliance";\` to your program's index.ts` } : {}),
    };
}

function projectManifest(name: string): object {
    const own = JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as {
        version: string;
        peerDependencies: Record<string, string>;
        devDependencies: Record<string, string>;
    };
    return {
        name,
        private: true,
        main: "index.ts",
        dependencies: {
            "@pulumi/pulumi": own.peerDependencies["@pulumi/pulumi"],
            "pulumi-barracudawaf": `^${own.version}`,
        },
        devDependencies: {
            "@types/node": own.devDependencies["@types/node"],
            typescript: own.devDependencies.typescript,
        },
    };
}

const compilerSettings = {
    compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "commonjs",
        moduleResolution: "node",
        esModuleInterop: true,
        skipLibCheck: true,
        noEmit: true,
    },
    files: ["index.ts"],
};
