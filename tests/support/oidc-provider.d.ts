/**
 * The little of oidc-provider the single sign-on test uses (the package ships no types, and
 * @types/oidc-provider is not a dependency).
 */
declare module 'oidc-provider' {
	import type { Server } from 'node:http';

	export interface ClientMetadata {
		client_id: string;
		client_secret?: string;
		redirect_uris: string[];
		grant_types?: string[];
		response_types?: string[];
		token_endpoint_auth_method?: string;
	}

	export interface Account {
		accountId: string;
		claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
	}

	export interface Configuration {
		clients?: ClientMetadata[];
		claims?: Record<string, string[]>;
		pkce?: { required?: () => boolean };
		findAccount?: (ctx: unknown, id: string) => Account | undefined | Promise<Account | undefined>;
	}

	export class Provider {
		constructor(issuer: string, configuration?: Configuration);
		listen(port: number, host?: string): Server;
	}
}
