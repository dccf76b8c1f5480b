/** The environment variable that makes the preview and up stages refresh first (`--refresh`). */
export const refreshVariable = "BARRACUDA_WAF_PIPELINE_REFRESH";

/** A bad refresh setting, with the variable, the value and the fix. */
export class RefreshChoiceError extends Error {
    override readonly name = "RefreshChoiceError";
}

/** Whether a stage refreshes: the flag for `pulumi preview` and `pulumi up`, and a line that says what it means. */
export interface RefreshChoice {
    readonly refresh: boolean;
    readonly args: readonly string[];
    readonly notice: string;
}

/**
 * Whether `up` repairs drift: with `BARRACUDA_WAF_PIPELINE_REFRESH=true` it reads every resource from the
 * appliance first (`--refresh`), so the program's values go back over changes made on the appliance; the preview
 * refreshes too, so that the pull request shows those repairs. Unset or `false`: Pulumi's default, no refresh.
 *
 * @throws RefreshChoiceError when the variable is set to anything else.
 */
export function chooseRefresh(env: NodeJS.ProcessEnv = process.env): RefreshChoice {
    const value = env[refreshVariable] || undefined;
    if (value === "true") {
        return {
            refresh: true,
            args: ["--refresh"],
            notice:
                `Refresh: on (${refreshVariable}=true): pulumi reads every resource from the appliance first, ` +
                `so changes made on the appliance are shown and put back to the program's values (drift is repaired).`,
        };
    }
    if (value === undefined || value === "false") {
        return {
            refresh: false,
            args: [],
            notice:
                `Refresh: off (${refreshVariable} is ${value ?? "not set"}): pulumi compares the program with the ` +
                `state only, so changes made on the appliance are not looked for and may stay (the drift stage ` +
                `reports them); set ${refreshVariable}=true to repair them.`,
        };
    }
    throw new RefreshChoiceError(
        `${refreshVariable} is ${JSON.stringify(value)}: set it to true (refresh first and repair drift) ` +
            `or false (no refresh), or unset it.`,
    );
}
