/**
 * The pulumi-barracudawaf policy pack: what a WAF reviewer would otherwise check by eye in a pull request.
 * Run it with `pulumi preview --policy-pack node_modules/pulumi-barracudawaf/policy-pack`; see the README's
 * "Policy pack" section for the rules and their config.
 */
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";

new PolicyPack("barracudawaf", { policies: [...policies] });
