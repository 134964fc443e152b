<?php
/**
 * The colours from the settings screen, as one small stylesheet file in the uploads folder.
 * A file, not an inline <style>: a site whose Content-Security-Policy says `style-src 'self'`
 * blocks inline styles, and the file works under it. The file's name carries a hash of its
 * content, so a browser never keeps old colours.
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

/**
 * The rule for the chosen colours, or '' when every colour is the guide's own.
 *
 * @param array $settings The plugin's settings.
 * @return string
 */
function kiut_guide_colours_css( array $settings ) {
	$declarations = '';
	foreach ( kiut_guide_generated()['colours'] as $property => $colour ) {
		$value = isset( $settings['colours'][ $property ] ) ? sanitize_hex_color( $settings['colours'][ $property ] ) : '';
		if ( $value && strtolower( $value ) !== $colour['default'] ) {
			$declarations .= $property . ':' . strtolower( $value ) . ';';
		}
	}
	return '' === $declarations ? '' : 'kiut-guide{' . $declarations . "}\n";
}

/**
 * Enqueues the colours, when there are any: the file in uploads/kiut-guide/ (written when it
 * is missing), or, when that folder cannot be written, an inline style, which a strict
 * Content-Security-Policy blocks (the guide then keeps its own colours).
 */
function kiut_guide_enqueue_colours() {
	$css = kiut_guide_colours_css( kiut_guide_settings() );
	if ( '' === $css || wp_style_is( 'kiut-guide-colours', 'enqueued' ) ) {
		return;
	}
	$name    = 'colours-' . substr( md5( $css ), 0, 12 ) . '.css';
	$uploads = wp_upload_dir( null, false );
	$dir     = trailingslashit( $uploads['basedir'] ) . 'kiut-guide';
	$file    = $dir . '/' . $name;
	if ( empty( $uploads['error'] ) && ! file_exists( $file ) && wp_mkdir_p( $dir ) ) {
		file_put_contents( $file, $css ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a few bytes into the plugin's own uploads folder.
	}
	if ( empty( $uploads['error'] ) && file_exists( $file ) && file_get_contents( $file ) === $css ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		wp_enqueue_style( 'kiut-guide-colours', trailingslashit( $uploads['baseurl'] ) . 'kiut-guide/' . $name, array(), null );
		return;
	}
	wp_register_style( 'kiut-guide-colours', false, array(), null );
	wp_enqueue_style( 'kiut-guide-colours' );
	wp_add_inline_style( 'kiut-guide-colours', $css );
}

/**
 * The contrast ratio of two #rrggbb colours (WCAG 2.2), from 1 to 21.
 *
 * @param string $a A colour.
 * @param string $b Another colour.
 * @return float
 */
function kiut_guide_contrast( $a, $b ) {
	$luminance = static function ( $hex ) {
		$hex = ltrim( $hex, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		$channels = array();
		foreach ( array( 0, 2, 4 ) as $offset ) {
			$c          = hexdec( substr( $hex, $offset, 2 ) ) / 255;
			$channels[] = $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
		}
		return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
	};
	$la = $luminance( $a );
	$lb = $luminance( $b );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}
