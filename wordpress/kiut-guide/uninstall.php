<?php
/**
 * Removing the plugin removes its settings and its colour stylesheets.
 *
 * @package kiut-guide
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'kiut_guide_settings' );

$kiut_guide_uploads = wp_upload_dir( null, false );
$kiut_guide_dir     = trailingslashit( $kiut_guide_uploads['basedir'] ) . 'kiut-guide';
foreach ( (array) glob( $kiut_guide_dir . '/colours-*.css' ) as $kiut_guide_file ) {
	wp_delete_file( $kiut_guide_file );
}
if ( is_dir( $kiut_guide_dir ) ) {
	rmdir( $kiut_guide_dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir
}
