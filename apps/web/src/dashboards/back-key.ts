/** Where "Back to the conversation" goes: the page a dashboard was opened from (session storage). */
export const BACK_KEY = "penny.dashboard.back";
