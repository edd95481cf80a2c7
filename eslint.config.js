import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import boundaries from './eslint.boundaries.js';

// Packages by name ('*' is any run of characters): the framework, and what draws on the page.
const FRAMEWORK = ['svelte', '$app', '$env', '$service-worker', '@sveltejs/*'];
const DOM_DRAWING = ['cytoscape*', 'd3', 'd3-selection', 'd3-transition', 'd3-zoom'];

// Object's functions that read an object's own keys: a Map has none.
const OBJECT_LISTING =
	"CallExpression[callee.object.name='Object'][callee.property.name=/^(keys|values|entries|hasOwn|assign|getOwnPropertyNames)$/]";

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		plugins: { boundaries },
		rules: {
			// typescript-eslint strongly recommend that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	{
		// A structure's posts are a Map (model/structureDocument.ts says why). These spellings
		// would treat it as a plain object and quietly see no posts at all.
		files: ['**/*.ts', '**/*.svelte'],
		rules: {
			'no-restricted-syntax': [
				'error',
				...[
					`${OBJECT_LISTING} > MemberExpression.arguments[property.name='posts']`,
					`${OBJECT_LISTING} > Identifier.arguments[name='posts']`,
					"ForInStatement > MemberExpression.right[property.name='posts']",
					"ForInStatement > Identifier.right[name='posts']",
					"BinaryExpression[operator='in'] > MemberExpression.right[property.name='posts']",
					"BinaryExpression[operator='in'] > Identifier.right[name='posts']",
					"ObjectExpression > SpreadElement > MemberExpression.argument[property.name='posts']"
				].map((selector) => ({
					selector,
					message:
						"a structure's posts are a Map: use .keys(), .values(), .has() or postsRecord (model/structureDocument.ts)."
				}))
			]
		}
	},
	{
		// The domain core stays framework-free: nothing from the layers above it, no framework, no
		// drawing or storage library, however the import is spelled.
		files: ['src/lib/model/**', 'src/lib/analysis/**', 'src/lib/editing/**', 'src/lib/words/**'],
		rules: {
			'boundaries/core': [
				'error',
				{
					folders: [
						'src/lib/server',
						'src/lib/state',
						'src/lib/components',
						'src/lib/view',
						'src/lib/projector',
						'src/routes'
					],
					packages: [
						...FRAMEWORK,
						'cytoscape*',
						'd3*',
						'elkjs',
						'better-sqlite3',
						'playwright*',
						'@playwright/*'
					],
					svelteModules: true,
					message: 'the domain core imports no framework, UI, view mapper, server or drawing code.'
				}
			]
		}
	},
	{
		// The view mappers and the projector's slides turn measures into plain data; components do
		// the drawing.
		files: ['src/lib/view/**', 'src/lib/projector/**'],
		rules: {
			'boundaries/view-mappers': [
				'error',
				{
					packages: [...FRAMEWORK, ...DOM_DRAWING],
					svelteModules: true,
					message: 'the view mappers return plain data and import no framework or drawing library.'
				}
			]
		}
	},
	{
		// The test kit is test support: shipped code never imports it.
		files: ['src/**'],
		ignores: ['**/*.test.ts', '**/*.spec.ts', '**/*.bench.ts', 'src/lib/testing/**'],
		rules: {
			'boundaries/test-kit': [
				'error',
				{
					folders: ['src/lib/testing'],
					message: 'shipped code does not import the test kit.'
				}
			]
		}
	}
);
