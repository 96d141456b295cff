// Files the bundler inlines as text (scripts/build.mjs): the history page's chart library and script.
declare module '*?text' {
  const text: string;
  export default text;
}
