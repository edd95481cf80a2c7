/**
 * The layer boundaries as an ESLint rule that resolves each import before judging it, so
 * `$lib/server/store`, `../server/store` and `../../lib/server/store` are one and the same import.
 * (`no-restricted-imports` matches the spelling only, which is how relative imports used to slip
 * past.) Configured in eslint.config.js; src/boundaries.test.ts lints probe files against it.
 *
 * Options: { folders: repo-relative folders the files may not import from; packages: package
 * names, `*` matching any run of characters; svelteModules: true to refuse `.svelte` and
 * `.svelte.ts` modules wherever they are; message: what the layer is for }.
 */
import path from 'node:path';

const ROOT = import.meta.dirname;
const LIB = path.join(ROOT, 'src', 'lib');
const SVELTE_MODULE = /\.svelte(\.[jt]s)?$/;

/** The package an import names: '@scope/name' or the first segment ('svelte/store' → 'svelte'). */
function packageOf(spec) {
	const parts = spec.split('/');
	return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function globToRegExp(glob) {
	const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
	return new RegExp(`^${escaped}$`);
}

/** The file an import points at, or undefined when it names a package. */
function resolveLocal(spec, fromFile) {
	if (spec === '$lib' || spec.startsWith('$lib/')) return path.join(LIB, spec.slice('$lib'.length));
	if (spec.startsWith('.')) return path.resolve(path.dirname(fromFile), spec);
	if (path.isAbsolute(spec)) return path.normalize(spec);
	return undefined;
}

const inside = (file, folder) => file === folder || file.startsWith(folder + path.sep);

const restrictImports = {
	meta: {
		type: 'problem',
		docs: { description: 'Keeps a layer from importing the folders and packages above it' },
		schema: [
			{
				type: 'object',
				properties: {
					folders: { type: 'array', items: { type: 'string' } },
					packages: { type: 'array', items: { type: 'string' } },
					svelteModules: { type: 'boolean' },
					message: { type: 'string' }
				},
				additionalProperties: false
			}
		],
		messages: { forbidden: "'{{spec}}' {{what}}: {{message}}" }
	},
	create(context) {
		const options = context.options[0] ?? {};
		const folders = (options.folders ?? []).map((f) => path.join(ROOT, f));
		const packages = (options.packages ?? []).map(globToRegExp);
		const message = options.message ?? 'this layer may not import it.';

		/** Why the import is refused, or undefined when it is allowed. */
		function refusal(spec) {
			if (options.svelteModules && SVELTE_MODULE.test(spec)) return 'is a Svelte module';
			const file = resolveLocal(spec, context.filename);
			if (file === undefined) {
				const name = packageOf(spec);
				return packages.some((p) => p.test(name)) ? `is the package ${name}` : undefined;
			}
			const folder = folders.find((f) => inside(file, f));
			return folder ? `is in ${path.relative(ROOT, folder)}` : undefined;
		}

		function check(source) {
			if (!source || typeof source.value !== 'string') return;
			const what = refusal(source.value);
			if (what)
				context.report({
					node: source,
					messageId: 'forbidden',
					data: { spec: source.value, what, message }
				});
		}

		return {
			ImportDeclaration: (node) => check(node.source),
			ExportAllDeclaration: (node) => check(node.source),
			ExportNamedDeclaration: (node) => check(node.source),
			ImportExpression: (node) => check(node.source),
			TSImportType: (node) => check(node.argument?.literal ?? node.argument),
			CallExpression: (node) => {
				if (node.callee.type === 'Identifier' && node.callee.name === 'require')
					check(node.arguments[0]);
			}
		};
	}
};

/** One rule under three names, so each boundary keeps its own options where their files overlap. */
export default {
	meta: { name: 'boundaries' },
	rules: { core: restrictImports, 'view-mappers': restrictImports, 'test-kit': restrictImports }
};
