// Remote text made safe for a terminal: alert messages, command replies and error texts come from the
// server (and, through Flux events, from anyone who can make a controller report a message), and the
// console client prints them, so an `ESC]0;…` title change or an `ESC[2J` screen clear inside them
// would act on the user's terminal.
//
// Rules:
// 1. Escape sequences go whole: CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC \`, or to the end of
//    the text when unterminated), DCS/SOS/PM/APC strings (`ESC P|X|^|_ … ESC \`) and two-character
//    escapes (`ESC x`).
// 2. Every other C0 or C1 control character (DEL, CR, BEL, the 8-bit CSI …) goes too; tab and newline
//    stay, since replies are laid out with them.
// 3. Every pattern is a run of one character class, so the work is linear in the text's length.

const CSI = /\u001b\[[0-?]*[ -/]*[@-~]?/g;
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const STRING_SEQUENCE = /\u001b[PX^_][^\u001b]*(?:\u001b\\)?/g;
const TWO_CHARACTER = /\u001b[\s\S]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text
    .replace(CSI, '')
    .replace(OSC, '')
    .replace(STRING_SEQUENCE, '')
    .replace(TWO_CHARACTER, '')
    .replace(CONTROL, '');
}
