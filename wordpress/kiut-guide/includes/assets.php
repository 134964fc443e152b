<?php
/**
 * The guide's script: one file in this plugin's folder (assets/kiut-guide.js, the ES module
 * of the release), loaded once per page as a module, only on pages that show a guide. It
 * loads nothing else from anywhere.
 *
 * WordPress 6.1 has no wp_enqueue_script_module(): the script is enqueued as usual, and the
 * script_loader_tag filter makes its tag `type="module"`.
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

/** Registers the script; a page enqueues it when it renders a guide. */
function kiut_guide_register_script() {
	wp_register_script( 'kiut-guide', plugins_url( 'assets/kiut-guide.js', KIUT_GUIDE_FILE ), array(), kiut_guide_generated()['version'], true );
}

/** Enqueues what a guide needs on this page. Enqueuing again adds nothing: WordPress prints a handle once. */
function kiut_guide_enqueue() {
	wp_enqueue_script( 'kiut-guide' );
	kiut_guide_enqueue_colours();
}

add_filter( 'script_loader_tag', 'kiut_guide_module_tag', 10, 2 );

/**
 * Makes the guide's script tag a module script. Without the theme's html5 support,
 * WordPress writes `type='text/javascript'`, which is replaced.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function kiut_guide_module_tag( $tag, $handle ) {
	if ( 'kiut-guide' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
