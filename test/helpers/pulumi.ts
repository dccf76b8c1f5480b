export * from "../../scripts/lib/pulumi-project";
