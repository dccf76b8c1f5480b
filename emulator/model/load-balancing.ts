import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/** `/services/{name}/load-balancing` (Service_load_balancing.json). */
export const loadBalancingModel = modelFromSpec(specObject("services/load-balancing"), {
    displayName: "Load Balancing",
    defaults: {
        "cookie-age": 60,
        "persistence-cookie-name": "persistence",
        "persistence-cookie-path": "/",
        "persistence-idle-timeout": 600,
        "source-ip-netmask": "255.255.255.255",
    },
});
