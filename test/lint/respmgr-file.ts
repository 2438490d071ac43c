/** Building blocks of the small agent files the file-kind tests lint. */

/** A MSGTARGETRULES block with one rule sending everything to the primary manager at all times. */
export const RULE = [
  "    MSGTARGETRULES",
  "      MSGTARGETRULE",
  '        DESCRIPTION "everything to the primary manager"',
  "        MSGTARGETRULECONDS",
  "        MSGTARGETMANAGERS",
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "$OPC_ALWAYS"',
  '            OPCMGR IP 0.0.0.0 "$OPC_PRIMARY_MGR"',
  "",
].join("\n");

/** A file with one RESPMGRCONFIG whose body is `body` (indented lines). */
export const config = (body: string) => `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "d"\n${body}`;
