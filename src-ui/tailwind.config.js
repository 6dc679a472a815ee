/** Tailwind scans the Yew sources for class names. Dark mode: the `dark` class on the root, set by src/theme.rs (the OS, or the choice in Settings). */
module.exports = {
  content: ["./src/**/*.rs", "./index.html"],
  darkMode: "class",
  theme: {
    extend: {
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Ubuntu", "Cantarell", "Noto Sans", "sans-serif"],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"],
      },
    },
  },
  plugins: [],
};
