import * as assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { runCommand, type CommandResult } from "../helpers/run-command";

/**
 * The pipeline kit's stages, run as examples/ci runs them (`npx --no-install barracudawaf-pipeline STAGE
 * --stack STACK`, the password in BARRACUDA_WAF_PASSWORD from a CI secret), against the emulator.
 */
describe("the pipeline kit's stages, as CI runs them", () => {
    const password = `pipeline-secret-${randomUUID()}`;
    const stackName = "prod";
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator({ password });
        project = await createPulumiProject(
            path.join(repoRoot, "test", "fixtures", "shop-program"),
            stackName,
        );
        // As `npm install` leaves it in the user's repository: the package's bin on node_modules/.bin.
        const bin = path.join(project.dir, "node_modules", ".bin");
        fs.mkdirSync(bin);
        fs.symlinkSync(
            path.join("..", "pulumi-barracudawaf", "dist", "scripts", "pipeline", "cli.js"),
            path.join(bin, "barracudawaf-pipeline"),
        );
        // The address and the user are stack config, committed; the password comes from the CI secret.
        await project.setConfig({ "barracudawaf:address": emulator.url, "barracudawaf:username": "admin" });
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    /** The environment CI gives each command: the password from its secret. */
    const ciEnvironment = (): NodeJS.ProcessEnv => ({
        ...project.env,
        CI: "true",
        BARRACUDA_WAF_PASSWORD: password,
    });

    /** `pulumi up --refresh`, as the drift stage advises, run by hand. */
    async function upWithRefresh(): Promise<void> {
        const args = [
            "up",
            "--refresh",
            "--yes",
            "--skip-preview",
            "--stack",
            stackName,
            "--non-interactive",
        ];
        const result = await runCommand("pulumi", args, { cwd: project.dir, env: ciEnvironment() });
        assert.equal(result.code, 0, result.output);
    }

    /** One stage, with the environment CI gives it; checks that the password is nowhere in what it printed. */
    async function stage(name: string, env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
        const result = await runCommand(
            "npx",
            ["--no-install", "barracudawaf-pipeline", name, "--stack", stackName],
            {
                cwd: project.dir,
                env: { ...ciEnvironment(), ...env },
            },
        );
        assert.ok(
            !result.output.includes(password),
            `the password is in the output of ${name}:\n${result.output}`,
        );
        return result;
    }

    const service = () => emulator.control.snapshot().services.shop;

    it("up, on the main branch, creates the service, saying it does not refresh when not asked to", async () => {
        const result = await stage("up");
        assert.equal(result.code, 0, result.output);
        assert.match(result.stdout, /^Refresh: off \(BARRACUDA_WAF_PIPELINE_REFRESH is not set\): /m);
        assert.equal(service().service.port, "8080");
        assert.equal(service().basicSecurity.mode, "Active");
    });

    it("drift passes while the appliance matches the state", async () => {
        const result = await stage("drift");
        assert.equal(result.code, 0, result.output);
        assert.match(result.stdout, /No drift: the appliance matches the state/);
    });

    it("preview, on a pull request, shows the change with the policy pack and changes nothing", async () => {
        await project.setConfig({ port: "8081" });
        const result = await stage("preview");
        assert.equal(result.code, 0, result.output);
        assert.match(result.stdout, /~ port\s*: 8080 => 8081/);
        const pack = path.join(repoRoot, "policy-pack");
        if (fs.existsSync(path.join(pack, "PulumiPolicy.yaml"))) {
            assert.ok(result.stdout.includes(`Policy pack: ${pack}`), result.stdout);
            assert.match(
                result.stdout,
                /^Policy summary: 0 mandatory, 0 advisory violation\(s\); 0 exemption\(s\) applied\.$/m,
                "pulumi ran it, and it found nothing",
            );
        } else {
            assert.ok(result.stdout.includes(`No policy pack at ${pack}`), result.stdout);
        }
        assert.match(result.stdout, /No resource is replaced\./);
        assert.equal(service().service.port, "8080");
    });

    it("preview fails on a mandatory violation, and after the diff sums up each violation, rule and resource apart from the text", async () => {
        await project.setConfig({ mode: "Passive", accessLogs: "false" });
        const result = await stage("preview", { GITHUB_ACTIONS: "true" });
        assert.notEqual(result.code, 0, result.output);
        const diff = result.stdout.search(/mode\s*: "Active" => "Passive"/);
        const summary = result.stdout.indexOf(
            "Policy summary: 1 mandatory, 1 advisory violation(s); 0 exemption(s) applied.",
        );
        assert.ok(diff !== -1 && summary > diff, `the summary follows the diff:\n${result.stdout}`);
        assert.match(
            result.stdout,
            /^\[mandatory\] service-active-mode: Service "shop"\n {4}A service's firewall/m,
        );
        assert.match(result.stdout, /^ {4}Service "shop" is in Passive mode: its firewall logs attacks/m);
        assert.match(result.stdout, /^\[advisory\] access-logs-on: Service "shop"$/m);
        assert.match(
            result.stdout,
            /^::error title=service-active-mode {2}Service "shop"::Service "shop" is in Passive/m,
        );
        assert.doesNotMatch(
            result.output,
            /Service: shop\)\S/,
            "no rule description runs into the resource's name",
        );
        assert.match(
            result.stderr,
            /^The preview fails: 1 mandatory policy violation\(s\), listed above\.$/m,
        );
        assert.equal(service().basicSecurity.mode, "Active", "the preview changed nothing");
    });

    it("preview passes when the policy config exempts the service, and names the exemption", async () => {
        const config = path.join(project.dir, "policy-config.json");
        fs.writeFileSync(config, JSON.stringify({ "service-active-mode": { exemptServices: ["shop"] } }));
        const result = await stage("preview", { BARRACUDA_WAF_PIPELINE_POLICY_PACK_CONFIG: config });
        assert.equal(result.code, 0, result.output);
        assert.match(
            result.stdout,
            /^Policy summary: 0 mandatory, 1 advisory violation\(s\); 1 exemption\(s\) applied\.$/m,
        );
        assert.match(
            result.stdout,
            /^\[exempt\] service-active-mode: Service "shop" \(exemptServices lists "shop"\)$/m,
        );
        assert.match(result.stdout, /^\[advisory\] access-logs-on: Service "shop"$/m);
        await project.stack.removeAllConfig(["mode", "accessLogs"]);
    });

    it("up applies the change", async () => {
        const result = await stage("up");
        assert.equal(result.code, 0, result.output);
        assert.equal(service().service.port, "8081");
    });

    it("drift fails after a change behind Pulumi's back, naming the resource and each property", async () => {
        await callAppliance(emulator, "PUT", "/services/shop", { port: "9090" });
        await callAppliance(emulator, "PUT", "/services/shop/basic-security", { mode: "Passive" });
        const result = await stage("drift");
        assert.notEqual(result.code, 0, result.output);
        assert.match(result.stdout, /Drift: 1 resource\(s\) on the appliance no longer match the state/);
        assert.match(result.stdout, /Service "shop": changed on the appliance/);
        assert.match(result.stdout, /port: 8081 in the state, 9090 now/);
        assert.match(result.stdout, /basicSecurity\.mode: "Active" in the state, "Passive" now/);
        assert.doesNotMatch(result.stdout, /comments:/, "an unchanged property is not listed");
    });

    it("pulumi up --refresh, as the drift stage advises, puts the program's values back", async () => {
        await upWithRefresh();
        assert.equal(service().service.port, "8081");
        assert.equal(service().basicSecurity.mode, "Active");
        assert.equal((await stage("drift")).code, 0);
    });

    it("with BARRACUDA_WAF_PIPELINE_REFRESH=true, as the CI files set it, preview shows the repair of drift and up makes it", async () => {
        await callAppliance(emulator, "PUT", "/services/shop", { port: "9191" });
        await callAppliance(emulator, "PUT", "/services/shop/basic-security", { mode: "Passive" });
        const refresh = { BARRACUDA_WAF_PIPELINE_REFRESH: "true" };
        const previewed = await stage("preview", refresh);
        assert.equal(previewed.code, 0, previewed.output);
        assert.match(previewed.stdout, /^Refresh: on \(BARRACUDA_WAF_PIPELINE_REFRESH=true\): /m);
        assert.match(previewed.stdout, /~ port\s*: 9191 => 8081/);
        assert.equal(service().service.port, "9191", "the preview repaired nothing");

        const result = await stage("up", refresh);
        assert.equal(result.code, 0, result.output);
        assert.match(
            result.stdout,
            /^Refresh: on \(BARRACUDA_WAF_PIPELINE_REFRESH=true\): .*\(drift is repaired\)\.$/m,
        );
        assert.equal(service().service.port, "8081");
        assert.equal(service().basicSecurity.mode, "Active");
        assert.equal((await stage("drift")).code, 0);
    });

    it("drift fails with the provider's error when the login is refused, quoting no password", async () => {
        const wrong = `wrong-${randomUUID()}`;
        const result = await stage("drift", { BARRACUDA_WAF_PASSWORD: wrong });
        assert.notEqual(result.code, 0, result.output);
        assert.match(result.stderr, /^the refresh failed \(pulumi exited \d+\):$/m);
        assert.match(result.stderr, /refused login as user "admin"/);
        assert.ok(!result.output.includes(wrong), result.output);
    });

    it("drift names a resource deleted on the appliance as gone", async () => {
        await callAppliance(emulator, "DELETE", "/services/shop");
        const result = await stage("drift");
        assert.notEqual(result.code, 0, result.output);
        assert.match(result.stdout, /Service "shop": gone from the appliance/);
        await upWithRefresh();
    });

    it("preview warns of a replacement that deletes the service first, on GitHub as an annotation too", async () => {
        await project.setConfig({ name: "shop-v2", certificateName: "shop-cert-2" });
        const result = await stage("preview", { GITHUB_ACTIONS: "true" });
        assert.equal(result.code, 0, result.output);
        assert.match(result.stdout, /^Replacements \(2\):$/m);
        assert.match(
            result.stdout,
            /^warning: Service "shop" will be replaced because name changed: it is deleted first .*\(downtime\)\.$/m,
        );
        assert.match(result.stdout, /^::warning title=Service "shop" is replaced::warning: Service "shop"/m);
        assert.match(
            result.stdout,
            /^note: SelfSignedCertificate "shop-cert" will be replaced because name changed: the new one is created before the old one is deleted\.$/m,
        );
        assert.doesNotMatch(
            result.stdout,
            /^::warning title=SelfSignedCertificate/m,
            "no downtime, no warning",
        );
        const snapshot = emulator.control.snapshot();
        assert.ok(snapshot.services.shop, "the preview deleted nothing");
        assert.equal(snapshot.services["shop-v2"], undefined);
        assert.equal(snapshot.certificates["shop-cert-2"], undefined);
    });
});
