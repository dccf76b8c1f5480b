import { resourceModel } from "../schema/model";
import { systemConfigurationToken } from "../schema/tokens";
import type { ApplianceApi } from "../engine/context";
import { fillPath } from "../engine/object-path";

/**
 * The fields of the appliance's advanced settings (the SystemConfiguration's object, `/system/advanced-settings`)
 * as the appliance reports them now: one GET.
 */
export async function readAdvancedSettings(api: ApplianceApi): Promise<Record<string, unknown>> {
    const model = resourceModel(systemConfigurationToken);
    const object = model.extension.object;
    const data = (await api.get<{ data?: Record<string, unknown> }>(fillPath(object, {}))).data ?? {};
    const group = data[model.extension.groups[object]];
    return typeof group === "object" && group !== null ? (group as Record<string, unknown>) : data;
}
