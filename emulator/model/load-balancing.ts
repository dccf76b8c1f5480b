import { integer, oneOf, text, type ObjectModel } from "./field";

/** `/services/{name}/load-balancing` (Service_load_balancing.json). */
export const loadBalancingModel: ObjectModel = {
    displayName: "Load Balancing",
    fields: {
        algorithm: oneOf(["Round Robin", "Weighted Round Robin", "Least Requests"], "Round Robin"),
        "cookie-age": integer(1, 1051200, 60),
        "failover-method": oneOf(["Load Balance", "Error"], "Load Balance"),
        "header-name": text(""),
        "parameter-name": text(""),
        "persistence-cookie-domain": text(""),
        "persistence-cookie-name": text("persistence"),
        "persistence-cookie-path": text("/"),
        "persistence-idle-timeout": integer(0, 86400, 600),
        "persistence-method": oneOf(
            ["None", "Source IP", "Cookie Insert", "Cookie Passive", "HTTP Header", "URL Parameter"],
            "None",
        ),
        "source-ip-netmask": text("255.255.255.255"),
    },
};
