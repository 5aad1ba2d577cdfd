// Project lint rules: database code never reaches the browser, and server code is fenced.
const SERVER_ONLY_SOURCES = [
  /(^|\/)lib\/server(\/|$)/,
  /(^|\/)server\//,
  /(^|\/)lib\/db\//,
  /(^|\/)lib\/seed\//,
  /generated\/prisma/,
  /^@prisma\//,
  /^better-sqlite3$/,
  /^pg$/,
  /^server-only$/,
  /^node:/,
];

function isClientModule(program) {
  const first = program.body[0];
  return first?.type === "ExpressionStatement" && first.directive === "use client";
}

const noServerInClient = {
  meta: { type: "problem", docs: { description: "Client components must not import database or server-only code" }, schema: [] },
  create(context) {
    let client = false;
    const check = (node, source) => {
      if (client && typeof source === "string" && SERVER_ONLY_SOURCES.some((re) => re.test(source))) {
        context.report({ node, message: `Client component imports server code "${source}": move the work into a server action or page.` });
      }
    };
    return {
      Program(node) {
        client = isClientModule(node);
      },
      ImportDeclaration(node) {
        if (node.importKind !== "type") check(node, node.source.value);
      },
      ImportExpression(node) {
        check(node, node.source.value);
      },
    };
  },
};

const requireServerOnly = {
  meta: { type: "problem", docs: { description: 'Files in lib/server start with import "server-only"' }, schema: [] },
  create(context) {
    return {
      Program(node) {
        const fenced = node.body.some((s) => s.type === "ImportDeclaration" && s.source.value === "server-only");
        if (!fenced) context.report({ node, message: 'Add `import "server-only";` so this file can never be bundled for the browser.' });
      },
    };
  },
};

export default { rules: { "no-server-in-client": noServerInClient, "require-server-only": requireServerOnly } };
