import { packageRoot } from "../../provider/schema/load";

/** The checkout's root: the directory of this package's package.json. */
export const repoRoot: string = packageRoot(__dirname);
