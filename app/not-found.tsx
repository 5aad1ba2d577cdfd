// Reached only for paths outside any locale; localized 404s live in app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem" }}>
        <h1>Page not found</h1>
        <p>
          <a href="/en">Five Pillars home</a>
        </p>
      </body>
    </html>
  );
}
