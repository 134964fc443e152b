<?php
/**
 * Plugin Name:       kiut guide
 * Description:       Where to get help, for victims of human trafficking in Hungary: the OKIT 24/7 crisis line, shelters and other services, as a shortcode ([kiut_guide]) and a block. No tracking, no request to any other site.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       kiut-guide
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

define( 'KIUT_GUIDE_FILE', __FILE__ );

// Written by the release build (scripts/build-wordpress.ts) from the element's own lists.
require_once __DIR__ . '/includes/generated.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/colours.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'kiut_guide_init' );

/** Registers the script, the shortcode and the block. */
function kiut_guide_init() {
	kiut_guide_register_script();
	add_shortcode( 'kiut_guide', 'kiut_guide_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'kiut_guide_render_block' ) );
}
