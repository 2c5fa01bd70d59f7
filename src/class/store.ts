/**
 * What the browser keeps for a class: the teacher's key and a student's
 * seat token, per class code, in localStorage (so a reload or a closed lid
 * comes back to the same seat). Refused storage degrades to this tab only.
 */
const memory = new Map<string, string>();

function get(key: string): string | null {
  try {
    return localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function set(key: string, value: string | null): void {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage refused: kept in memory for this tab
  }
}

export const teacherKey = (code: string): string | null => get(`kuril-class-teacher:${code}`);
export const setTeacherKey = (code: string, key: string | null): void => set(`kuril-class-teacher:${code}`, key);
export const seatToken = (code: string): string | null => get(`kuril-class-seat:${code}`);
export const setSeatToken = (code: string, token: string | null): void => set(`kuril-class-seat:${code}`, token);
