/** Where articles and stories live: an embedded store on disk by default, a server database for shared deployments. */
package dev.storyline.store;
