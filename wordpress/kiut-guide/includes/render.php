<?php
/**
 * The one render function behind the shortcode and the block: a <kiut-guide> element with
 * checked, escaped attributes, and the hotline inside it as plain HTML, which a reader sees
 * before the script runs, and keeps if it never does (in a feed, or with scripts off).
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders a guide from input keyed by the element's attribute names.
 *
 * @param array $raw Unchecked input.
 * @return string HTML.
 */
function kiut_guide_render( array $raw ) {
	kiut_guide_enqueue();
	$attributes = kiut_guide_with_settings( kiut_guide_clean_attributes( $raw ), kiut_guide_settings() );
	$html       = '<kiut-guide';
	foreach ( $attributes as $name => $value ) {
		// Names come from the element's own list (lowercase letters and hyphens), never from input.
		$html .= ' ' . $name . ( true === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	$hotline = kiut_guide_generated()['hotline'];
	$html   .= '><p>' . esc_html( $hotline['label'] ) . ': <a href="' . esc_attr( 'tel:' . $hotline['e164'] ) . '">' . esc_html( $hotline['display'] ) . '</a></p></kiut-guide>';
	return $html;
}

/**
 * The site's defaults from the settings screen, for what the shortcode or block leaves out.
 *
 * @param array $attributes Checked attributes.
 * @param array $settings   The plugin's settings.
 * @return array
 */
function kiut_guide_with_settings( array $attributes, array $settings ) {
	if ( ! isset( $attributes['lang'] ) && '' !== $settings['lang'] ) {
		$attributes = array( 'lang' => $settings['lang'] ) + $attributes;
	}
	if ( ! isset( $attributes['languages'] ) && '' !== $settings['languages'] ) {
		$attributes['languages'] = $settings['languages'];
	}
	if ( ! isset( $attributes['default-lang'] ) && '' !== $settings['default_lang'] ) {
		$attributes['default-lang'] = $settings['default_lang'];
	}
	if ( ! isset( $attributes['exit-url'] ) && ! isset( $attributes['no-exit'] ) && '' !== $settings['exit_url'] ) {
		$attributes['exit-url'] = $settings['exit_url'];
	}
	return $attributes;
}

/**
 * The [kiut_guide] shortcode.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function kiut_guide_shortcode( $atts ) {
	return kiut_guide_render( kiut_guide_shortcode_input( $atts ) );
}

/**
 * The kiut/guide block's render callback.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function kiut_guide_render_block( $attributes ) {
	return kiut_guide_render( kiut_guide_block_input( (array) $attributes ) );
}
