<?php
/**
 * Installs the plugin from its zip the way Plugins → Add New → Upload Plugin does, activates
 * it and the test theme, and writes the posts the tests visit. Prints them as JSON.
 * Usage: php populate.php <site root> <plugin zip>
 *
 * @package kiut-test
 */

require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

/**
 * Stops with a message.
 *
 * @param string $message What went wrong.
 */
function kiut_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

// An administrator: WordPress then keeps the hostile attributes as written (no kses), so the
// plugin's own checks are what the tests see.
wp_set_current_user( 1 );

WP_Filesystem();
$kiut_upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$kiut_result   = $kiut_upgrader->install( $argv[2] );
if ( true !== $kiut_result ) {
	kiut_test_fail( 'installing the plugin zip failed: ' . ( is_wp_error( $kiut_result ) ? $kiut_result->get_error_message() : implode( "\n", $kiut_upgrader->skin->get_upgrade_messages() ) ) );
}
$kiut_activated = activate_plugin( 'kiut-guide/kiut-guide.php' );
if ( is_wp_error( $kiut_activated ) ) {
	kiut_test_fail( 'activating the plugin failed: ' . $kiut_activated->get_error_message() );
}
switch_theme( 'kiut-test' );

$kiut_hostile_block = wp_json_encode(
	array(
		'lang'         => '"><img src=x onerror="window.__kiutPwned=1">',
		'layout'       => 'compact" onmouseover="window.__kiutPwned=1',
		'exitUrl'      => 'javascript:window.__kiutPwned=1',
		'exitPosition' => '<script>window.__kiutPwned=1</script>',
		'sections'     => array( 'hotline', '<svg onload=window.__kiutPwned=1>' ),
		'headingLevel' => '7',
		'onclick'      => 'window.__kiutPwned=1',
	),
	JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS
);

$kiut_posts = array(
	'several'  => array(
		'title'   => 'Two shortcodes and a block',
		'content' => "[kiut_guide lang=\"en\"]\n\n[kiut_guide layout=\"compact\" no-exit heading_level=\"3\"]\n\n<!-- wp:kiut/guide {\"lang\":\"uk\",\"layout\":\"compact\",\"noExit\":true} /-->",
	),
	'block'    => array(
		'title'   => 'A block',
		'content' => '<!-- wp:kiut/guide {"lang":"en","sections":["hotline","shelters"],"headingLevel":"3"} /-->',
	),
	'defaults' => array(
		'title'   => 'A shortcode with no attributes',
		'content' => '[kiut_guide]',
	),
	'hostile'  => array(
		'title'   => 'Hostile attributes',
		'content' => "[kiut_guide lang='x\" onmouseover=\"window.__kiutPwned=1' layout=\"compact onfocus=window.__kiutPwned=1\" exit-url=\"javascript:window.__kiutPwned=1\" sections=\"hotline, &quot;onclick=window.__kiutPwned=1\" onclick=\"window.__kiutPwned=1\" style=\"display:none\" heading-level=\"2 onclick=x\"]\n\n<!-- wp:kiut/guide " . $kiut_hostile_block . ' /-->',
	),
);

$kiut_out = array( 'posts' => array() );
foreach ( $kiut_posts as $kiut_key => $kiut_post ) {
	$kiut_id = wp_insert_post(
		array(
			'post_title'   => $kiut_post['title'],
			'post_content' => wp_slash( $kiut_post['content'] ), // wp_insert_post() unslashes.
			'post_status'  => 'publish',
			'post_author'  => 1,
		),
		true
	);
	if ( is_wp_error( $kiut_id ) ) {
		kiut_test_fail( 'creating a post failed: ' . $kiut_id->get_error_message() );
	}
	$kiut_out['posts'][ $kiut_key ] = array(
		'id'  => $kiut_id,
		'url' => get_permalink( $kiut_id ),
	);
}
echo wp_json_encode( $kiut_out ) . "\n";
