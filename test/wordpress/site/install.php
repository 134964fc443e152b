<?php
/**
 * Installs WordPress without a browser: what the install screen does, in one call.
 * Usage: php install.php <site root>
 *
 * @package kiut-test
 */

define( 'WP_INSTALLING', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// No mail server here: the "new site" mail is dropped.
add_filter( 'pre_wp_mail', '__return_false' );

$kiut_result = wp_install( 'kiut test site', 'admin', 'admin@example.invalid', false, '', 'kiut-test-password' );
if ( empty( $kiut_result['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
echo "installed\n";
