/** Orders of the client list (kept free of zod so the renderer can import it cheaply). */
export const CLIENT_SORTS = ['name', 'updated', 'commune', 'size'] as const;
