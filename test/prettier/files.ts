/** Files the Prettier plugin's tests format. */

/** The same file laid out badly: no indentation, extra blank lines, CRLF line ends. */
export function messUp(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimStart())
    .join("\n")
    .replace(/\n\n/g, "\n\n\n\n")
    .replace(/\n/g, "\r\n");
}

/** A badly laid out file of `n` rules, about 230 bytes each, with a comment, a string and a date in each part. */
export function rulesFile(n: number): string {
  const template =
    'TIMETEMPLATES\nTIMETEMPLATE "t"\nDESCRIPTION "d"\nTIMETMPLCONDS\nTIMETMPLCOND\nDATE ON 12/24/* # eve\nTIME FROM 8:00 TO 12:00\n\n';
  const rules = Array.from(
    { length: n },
    (_, i) =>
      `MSGTARGETRULE DESCRIPTION "rule ${i}"\nMSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c" # cond ${i}\n` +
      `NODE IP 10.0.0.${i % 256} "n${i}.example.com"\n\nMSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "t" OPCMGR IP 0.0.0.0 "m.example.com"\n`,
  ).join("");
  return messUp(`${template}RESPMGRCONFIGS\nRESPMGRCONFIG DESCRIPTION "x"\nMSGTARGETRULES\n${rules}`);
}
