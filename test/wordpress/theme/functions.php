<?php
/**
 * The test theme: a strict Content-Security-Policy on every front-end page, and none of
 * core's own inline scripts and styles, so that any violation the tests see is the plugin's.
 *
 * @package kiut-test
 */

add_action(
	'send_headers',
	static function () {
		header( "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'" );
	}
);

// Core's inline emoji script (which may also fetch images from s.w.org) and inline styles.
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'wp_enqueue_scripts', 'wp_enqueue_global_styles' );
remove_action( 'wp_footer', 'wp_enqueue_global_styles', 1 );
remove_action( 'wp_body_open', 'wp_global_styles_render_svg_filters' );
add_filter( 'show_admin_bar', '__return_false' );

add_action(
	'wp_enqueue_scripts',
	static function () {
		wp_enqueue_style( 'kiut-test', get_stylesheet_uri(), array(), '1' );
	}
);
