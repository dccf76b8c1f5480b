import { inputText } from "../input-text";
import { inputValue, serviceFacts } from "../schema-facts";
import { serviceRule } from "../service-rule";

/** A service's firewall blocks attacks: Basic Security in Active mode, outside a list of services being tuned. */
export const serviceActiveMode = serviceRule({
    name: "service-active-mode",
    description:
        "A service's firewall blocks attacks (Basic Security mode Active). In Passive mode, the appliance's default, " +
        "it only logs them and lets them through: meant for tuning a new service, not for production traffic.",
    enforcementLevel: "mandatory",
    exempt: "services that may stay Passive, e.g. while their rules are tuned",
    check: (props) => {
        const mode = inputValue(props, serviceFacts.mode);
        return mode === serviceFacts.blockingMode
            ? undefined
            : {
                  problem: `is in ${String(mode)} mode: its firewall logs attacks but lets them through`,
                  fix: `Set ${inputText(serviceFacts.mode, serviceFacts.blockingMode)}`,
              };
    },
});
