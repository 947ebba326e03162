/**
 * Orders of GET /store/catalog/products (`-` for descending). `price` is the product's lowest variant
 * price in the request's region. No imports: the storefront reads this list too.
 */
export const CATALOG_ORDERS = ["created_at", "-created_at", "title", "-title", "price", "-price"] as const;
export type CatalogOrder = (typeof CATALOG_ORDERS)[number];
