/** Penny's mark: a coin with a P. Decorative, so hidden from screen readers (the name is said in text). */
export function PennyMark({ className }: { className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="15" fill="var(--accent)" />
      <circle cx="16" cy="16" r="11.5" fill="none" stroke="var(--accent-contrast)" strokeOpacity="0.35" />
      <path
        d="M12.5 23V9.5h4.6c2.9 0 4.6 1.5 4.6 4s-1.7 4.1-4.6 4.1h-2.3V23z"
        fill="none"
        stroke="var(--accent-contrast)"
        strokeWidth="2.2"
        strokeLinejoin="round"
      />
    </svg>
  );
}
